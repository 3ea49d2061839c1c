from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(ts - INTERVAL 36 HOURS)")).withColumn("c2", F.substr(F.initcap(F.concat(lit(""), col("j").cast("string"), lit(" "))), lit(0), lit(0))).withColumn("c3", F.substr(F.right(col("b").cast("string"), lit(1)), lit(5), lit(10)))
OUTPUT_MODE = "append"
