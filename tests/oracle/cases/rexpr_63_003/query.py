from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, b BOOLEAN, i INT, n DECIMAL(9,5), ts TIMESTAMP, f FLOAT, d DOUBLE, s STRING, dt DATE, m DECIMAL(12,4)").json(INPUT)
result = df.select("id", expr("(n * m) AS c1"), F.dayofmonth(F.to_date(F.date_format(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy"), "dd/MM/yyyy"), "dd/MM/yyyy")).alias("c2"), F.when((col("n") < expr("12.345")), col("k")).when(col("b"), col("id")).when(col("f").isNotNull(), col("id")).otherwise(lit(0).cast("bigint")).alias("c3"))
OUTPUT_MODE = "append"
