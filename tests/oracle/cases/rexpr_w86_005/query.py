from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((s ILIKE '% %') OR (d < 100.0D))").withColumn("c1", expr("(3 * i)")).withColumn("c2", F.size(F.split(col("s"), ","))).select("id", "c1", "c2").where((((-col("i")) > col("d")) | col("i").isNotNull()))
OUTPUT_MODE = "append"
