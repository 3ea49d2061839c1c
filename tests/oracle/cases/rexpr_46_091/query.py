from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("format_string('%d%%', 2) AS k1")).agg(expr("bool_or((i < f)) AS a1"), (F.max((col("f") * col("id"))) - F.min((col("f") * col("id")))).alias("a2"), expr("count(dateadd(dt, i)) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
