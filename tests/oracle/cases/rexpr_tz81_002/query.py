spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, m DECIMAL(12,4), dt DATE, f FLOAT, d DOUBLE, s STRING, b BOOLEAN, ts TIMESTAMP, t STRING").load(INPUT)
result = df.withColumn("c1", col("b").cast("bigint")).withColumn("c2", (F.greatest(F.when(col("b"), col("m")).otherwise(expr("100BD")), col("m")) / F.nullif(lit(12.345).cast("decimal(5,3)"), lit(0))))
OUTPUT_MODE = "append"
