from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.timestamp_seconds(F.try_subtract(F.least(col("j"), col("i")), col("j"))).alias("c1"), expr("(locate(' ', split_part(s, ',', -1), 1) + (i - levenshtein(s, s))) AS c2"), expr("(m * 10)").alias("c3"), expr("((j > 5) <> (dt = to_date('2000-01-01'))) AS c4"))
OUTPUT_MODE = "append"
