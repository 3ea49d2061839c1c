from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, j INT, t STRING, i INT, ts TIMESTAMP, m DECIMAL(10,2), s STRING, n DECIMAL(20,0), f FLOAT, d DOUBLE").json(INPUT)
result = df.select(F.concat(col("t"), col("t"), col("s")).startswith("é"), expr("nullif(hash(bround((id / 3.0D), 0)), 1) AS c2"), col("t").try_cast("timestamp"))
OUTPUT_MODE = "append"
