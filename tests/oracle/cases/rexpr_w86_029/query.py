from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, d DOUBLE, m DECIMAL(10,2), i INT, s STRING, ts TIMESTAMP, b BOOLEAN").json(INPUT)
result = df.filter((col("id").cast("boolean") | (col("m") > expr("99.99")))).withColumn("c1", expr("(id < i)")).withColumn("c2", expr("endswith(s, 'o')")).withColumn("c3", F.when(lit(True), F.to_date(lit("2000-01-01"))).when(col("b"), F.date_add(col("dt"), col("i"))).otherwise(col("dt"))).withColumn("c4", col("c1")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
