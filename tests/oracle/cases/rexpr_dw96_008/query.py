from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.replace(col("s"), lit(" "), lit("")).like("%") | col("d").isNull())).withColumn("c1", expr("TRY_CAST(s AS DECIMAL(5,1))")).withColumn("c2", expr("isnan(try_add(d, 2.0D))")).withColumn("c3", expr("(0.001 / 2.5)"))
OUTPUT_MODE = "append"
