from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("d") != lit(0.1))).withColumn("c1", col("s").try_cast("date")).withColumn("c2", expr("((i - i) - (0 * 10))")).withColumn("c3", expr("(d - least(id, id, id))")).withColumn("c4", expr("timestamp_seconds(i)")).withColumn("c5", F.round(col("c3")))
OUTPUT_MODE = "append"
