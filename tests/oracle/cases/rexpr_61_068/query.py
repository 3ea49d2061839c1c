from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, j INT, s STRING, t STRING, ts TIMESTAMP, k BIGINT, i INT, dt DATE, m DECIMAL(10,2)").json(INPUT)
result = df.where("((s RLIKE '^[A-Z]') OR (m <= 99.99))").select("id", F.coalesce((col("d").isNotNull() <= lit(False)), lit(True)).alias("c1"), expr("(if((i <> 3), dt, dt) + INTERVAL 2 YEARS) AS c2"), col("j").cast("string"), expr("(id - id)").alias("c4")).filter(((~col("c1").isNotNull()) | col("c1").isNull()))
OUTPUT_MODE = "append"
