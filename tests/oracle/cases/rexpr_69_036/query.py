from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("round(months_between(make_date(year(dt), 12, least(dayofmonth(dt), 28)), add_months(dt, i)), -1)")).withColumn("c2", F.when((col("n") != lit(.001).cast("decimal(4,3)")), col("id")).otherwise(col("id"))).withColumn("c3", (col("m") / F.nullif(col("m"), lit(0)))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
