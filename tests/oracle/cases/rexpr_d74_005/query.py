from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.xxhash64(col("m"), F.format_number(col("id"), 3))).withColumn("c2", expr("(id * 10)")).withColumn("dt", F.date_add(col("dt"), F.ascii(col("s")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
