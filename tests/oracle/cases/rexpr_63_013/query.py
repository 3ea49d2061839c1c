from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(dt < DATE'2000-01-01')").withColumn("c1", F.when(((col("m") <= expr("0.001")) & col("b")), F.dayofweek(col("dt"))).when((col("b") | col("b")), (lit(10) * col("i"))).when((col("d") > lit(0.001)), F.hash(col("t"), col("dt"))).cast("double")).withColumn("c2", F.when(F.date_format(F.to_date(lit("2025-03-01")), "yyyy-MM-dd HH:mm:ss.SSS").like("a%"), lit(-3.10).cast("decimal(3,2)")).otherwise(F.signum(col("n")).try_cast("decimal(6,3)"))).where("(CAST(i AS BOOLEAN) OR (c2 >= 0.5))")
OUTPUT_MODE = "append"
