spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "array_join(split(regexp_substr(CAST(NULL AS STRING), 'o.'), '-'), '') AS c1", "next_day(date_sub(date_from_unix_date(datediff(dt, dt)), i), 'Mon') AS c2", "make_date(2024, month(nvl(make_date(2024, month(dt), least(dayofmonth(dt), 28)), to_date('2025-03-01'))), least(dayofmonth(nvl(make_date(2024, month(dt), least(dayofmonth(dt), 28)), to_date('2025-03-01'))), 28)) AS c3")
OUTPUT_MODE = "append"
