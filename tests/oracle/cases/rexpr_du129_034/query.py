from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, s STRING, ts TIMESTAMP, f FLOAT, dt DATE, t STRING, d DOUBLE, i INT, m DECIMAL(38,10)").load(INPUT)
result = df.groupBy((F.arrays_overlap(F.array(lit(3), col("i")), F.array(lit(1), lit(2), lit(3))) != col("s").rlike("o$")).alias("k1")).agg(F.try_avg(F.json_array_length(col("t"))).alias("a1"), expr("histogram_numeric(CAST(bitmap_bit_position(5) % 4 AS DOUBLE), 8) AS a2"), expr("round(corr(f, i), 6)").alias("a3"))
OUTPUT_MODE = "complete"
