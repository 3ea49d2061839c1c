from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.add_months(F.to_date(F.date_format(F.add_months(F.date_add(col("dt"), col("i")), col("i")), "yyyyMMdd"), "yyyyMMdd"), F.when((col("t") < lit("Hello")), col("i")).when((col("d") != lit(0.1)), col("i")).when(col("b"), col("i")).otherwise(col("i")))).withColumn("c2", F.concat_ws("|", col("s"), lit("abc"))).withColumn("c3", expr("CAST(if((i IN (2, 2)), CAST(i AS TIMESTAMP), ts) AS DATE)")).withColumn("c4", expr("endswith(' ', ' ')")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
