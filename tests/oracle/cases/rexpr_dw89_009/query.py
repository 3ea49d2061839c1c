from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, s STRING, m DECIMAL(7,0), d DOUBLE, n DECIMAL(4,1), b BOOLEAN, ts TIMESTAMP, i INT").json(INPUT)
result = df.where("((d <> n) OR (id >= 1L))").select("id", F.date_from_unix_date(lit(1)), expr("('-1' * CAST(least(1.25, 0.5) AS DOUBLE))").alias("c2"), (lit(-3.10).cast("decimal(3,2)") / F.nullif(col("m"), lit(0))).alias("c3"), expr("(nvl('42', 'x-y') RLIKE '[0-9]+')").alias("c4"))
OUTPUT_MODE = "append"
