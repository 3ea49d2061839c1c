from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", col("i").cast("double")).withColumn("c2", expr("abs(round(m, 1))")).withColumn("c3", F.reverse(col("s"))).withColumn("dt", F.date_add(F.add_months(F.last_day(col("dt")), (lit(1) - col("i"))), (lit(3) * col("i"))))
OUTPUT_MODE = "append"
