from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, i INT, ts TIMESTAMP, dt DATE, s STRING, n DECIMAL(20,0), d DOUBLE, m DECIMAL(10,2)").load(INPUT)
result = df.withColumn("c1", F.when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("n")).when(col("m").isNotNull(), col("n")).when((col("s") >= lit("42")), col("m")).otherwise(col("n"))).withColumn("c2", expr("(id - id)")).withColumn("c3", F.when((col("m") >= expr("0.5")), (col("id") / F.nullif(col("i"), lit(0)))).otherwise((lit(1).cast("bigint") / F.nullif(col("d"), lit(0))))).withColumn("c4", F.when((col("id") <= lit(-2).cast("bigint")), col("id")).when(col("s").isNotNull(), col("id")).otherwise(col("id"))).drop("i", "ts", "dt", "s", "n", "d", "m").where(((F.when(col("m").isNotNull(), col("i")).otherwise(lit(-4)) < lit(0).cast("bigint")) | (col("m") > lit(12.345).cast("decimal(5,3)"))))
OUTPUT_MODE = "append"
