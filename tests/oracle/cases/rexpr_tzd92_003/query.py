spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(i % 3)", "format_number(TRY_CAST(i AS DECIMAL(10,4)), 0) AS c2", "least(add_months(try_to_date('x-y'), instr(s, ' ')), dt, make_date(2023, month(dt), 1)) AS c3", "CAST(weekday(dt) AS BOOLEAN) AS c4", "nullif(ts, TIMESTAMP'2024-02-29 00:00:00') AS c5")
OUTPUT_MODE = "append"
