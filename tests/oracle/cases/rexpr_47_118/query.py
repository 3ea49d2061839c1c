from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when((F.substr(col("t"), lit(2), lit(10)) <= col("s")), col("i")).when(col("t").isNotNull(), col("i")).otherwise(col("j")).alias("c1"), expr("(id - id)"))
OUTPUT_MODE = "append"
