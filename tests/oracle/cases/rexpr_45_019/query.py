from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, m DECIMAL(7,0), i INT, n DECIMAL(5,3), j INT, d DOUBLE, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("trunc(dt, 'mon') AS c1"), F.to_date(F.date_format((col("dt") - expr("INTERVAL -10 DAYS")), "dd/MM/yyyy"), "dd/MM/yyyy").alias("c2"), F.when(col("d").isNotNull(), lit(12)).otherwise(col("i")).cast("boolean").alias("c3"))
OUTPUT_MODE = "append"
