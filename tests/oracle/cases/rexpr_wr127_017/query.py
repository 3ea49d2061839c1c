from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, ts TIMESTAMP, j INT, dt DATE, n DECIMAL(9,5), m DECIMAL(7,0), s STRING").load(INPUT)
result = df.filter("(nvl2('42', (i < 1), CAST(NULL AS BOOLEAN)) OR (dt IS NULL))").groupBy(F.expr("(position('o', s) ^ -1)").cast("int").alias("k1"), expr("date_format(ts, 'EEEE') AS k2")).agg(expr("round(avg(100BD), 2) AS a1"), F.bit_and((col("i") + col("i"))).alias("a2"))
OUTPUT_MODE = "update"
