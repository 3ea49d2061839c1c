from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, ts TIMESTAMP, d DOUBLE, k BIGINT, n DECIMAL(9,5), b BOOLEAN, i INT, dt DATE, m DECIMAL(18,6)").load(INPUT)
result = df.where(((col("dt") != F.to_date(lit("2000-01-01"))) | (col("k") == lit(1000).cast("bigint")))).withColumn("b", expr("(12.345 IS NULL)")).withColumn("c2", (F.locate("l", col("s"), 1) - F.ascii(col("s")))).withColumn("c3", F.add_months(col("dt"), col("i"))).withColumn("c4", F.when((col("m") > lit(None).cast("decimal(10,2)")), F.format_number(F.when(col("b"), lit(None).cast("bigint")).when(col("b"), col("k")).when((col("dt") > F.to_date(lit("2000-01-01"))), lit(-2).cast("bigint")), 0)).when((col("ts") > col("dt")), lit(" ")).when(col("dt").isNotNull(), col("s")).otherwise(col("s"))).drop("s", "ts", "n", "dt").filter("((0 != 1) OR (dt IS NOT NULL))")
OUTPUT_MODE = "append"
