from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((F.when(lit(False), F.concat(col("s"), col("s"))) != col("s")).alias("c1"), expr("CAST((n > 0.5) AS DOUBLE)")).where("(((n >= 99.99) AND (id <= 3L)) OR (id = 86400L))")
OUTPUT_MODE = "append"
