from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("slice(array(i, i, 3, 4), -1, 1)")).withColumn("c2", F.floor(F.when(F.abs(F.try_divide(col("d"), lit(1e300))) < lit(1e9), F.try_divide(col("d"), lit(1e300))))).select("id", "c1", "c2").where((lit(-1).eqNullSafe(F.jaro_winkler_similarity(lit("42"), lit("a"))) | col("c2").isNull()))
OUTPUT_MODE = "append"
