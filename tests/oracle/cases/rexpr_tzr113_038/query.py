spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("n", "encode(s, 'UTF-8') AS c1", "(i BETWEEN 0 AND 0) AS c2", "from_csv(concat_ws(';', i, format_number(timestamp_diff('SECOND', ts, ts), 2)), 'x INT, y STRING', map('sep', ';')) AS c3").filter("coalesce(arrays_overlap(array(array_max(array(i, 5, 3))), array(CAST(NULL AS INT), 3)), true)")
OUTPUT_MODE = "append"
