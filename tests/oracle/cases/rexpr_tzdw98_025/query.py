spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "format_number(m, 3) AS c1", "try_divide(d, d)", "to_timestamp(date_format(timestamp_millis((-1 * 2)), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c3").filter("(i <> 2)")
OUTPUT_MODE = "append"
