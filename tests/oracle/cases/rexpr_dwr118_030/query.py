from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(to_json(arrays_zip(array(i, 2), array(s))) COLLATE UTF8_BINARY = 'Hello World') AS k1"), "t").agg(expr("(max(0.001) - min(0.001)) AS a1"), expr("round(stddev_samp((instr(t, 'a') - timestamp_diff('MONTH', ts, TIMESTAMP'1999-12-31 23:59:59.999'))), 6) AS a2"), expr("median(0.001) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("t").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
