from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, b BOOLEAN, s STRING, d DOUBLE, i INT, n DECIMAL(5,3), j INT, dt DATE, ts TIMESTAMP, k BIGINT, m DECIMAL(10,2)").load(INPUT)
result = df.filter((col("d").isNotNull() | (col("j") <= lit(5)))).withColumn("b", (col("i") - col("i")).eqNullSafe((expr("1.25") * col("n")))).withColumn("c2", F.date_add(F.trunc(col("s").try_cast("date"), "mon"), lit(10))).withColumn("c3", col("dt").cast("int")).select("id", "c2", "c3")
OUTPUT_MODE = "append"
