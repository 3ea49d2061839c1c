from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("vector_cosine_similarity(array(CAST(if((d <= -1.5D), d, f) AS FLOAT), 1.0F), array(1.0F, 1.0F))").alias("c1"), (col("i").isNotNull() & (col("f") == lit(0.1))).alias("c2"), expr("try_subtract((timestampdiff(HOUR, ts, ts) + i), (pmod(i, nullif(i, 0)) - positive(i))) AS c3"))
OUTPUT_MODE = "append"
