from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((m >= -3.10) OR (id <= -2L))").withColumn("c1", expr("greatest(0.5, (m * i))")).withColumn("c2", (col("m") * col("m"))).withColumn("c3", ((col("i") + lit(-1)) / F.nullif(col("f"), lit(0)))).withColumn("c4", (lit(None).cast("decimal(10,2)") * expr("100BD"))).select("id", "c1", "c2", "c3", "c4").where(((col("c2").isNotNull() | (col("c3") < lit(2.0))) | (col("c4") > lit(.001).cast("decimal(4,3)"))))
OUTPUT_MODE = "append"
