from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("tinyint(abs(i) % 100) AS k1")).agg(expr("percentile_approx(d, array(0.1, 0.9), 100)").alias("a1"), expr("bit_and(nullifzero(character_length(t))) AS a2"))
OUTPUT_MODE = "complete"
