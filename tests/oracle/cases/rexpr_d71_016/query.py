from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN CAST(id AS BOOLEAN) THEN to_date(date_format(try_to_date(s), 'yyyyMMdd'), 'yyyyMMdd') ELSE dateadd(make_date(2023, month(dt), 1), dayofmonth(to_date('2000-01-01'))) END")).withColumn("c2", (col("m") / expr("2.5"))).select("id", "c1", "c2").where("(id >= 3L)")
OUTPUT_MODE = "append"
