from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.where((col("i").isNotNull() | (col("d") <= lit(0.001)))).createOrReplaceTempView("src")
result = spark.sql("SELECT md5(string(true)) AS k1, s, bit_or(shiftrightunsigned(i, 28)) AS a1, max_by(get(split(t, '  *'), 1), i, 2) AS a2 FROM src GROUP BY md5(string(true)), s")
OUTPUT_MODE = "update"
