from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("parse_url(concat('http://a b/', s), 'HOST')").alias("c1"), F.map_from_arrays(F.array(lit('a'), lit('b')), F.array(col("d"), col("d"))).alias("c2"), expr("csc(nullif(((id * -1) / nullif(5, 0)), 0)) AS c3"), expr("((i - 86400L) % 10) AS c4"), expr("vector_cosine_similarity(array(CAST((m + 100.0D) AS FLOAT), 1.0F), array(1.0F, 1.0F))"), expr("(id - (0 * i)) AS c6"))
OUTPUT_MODE = "append"
