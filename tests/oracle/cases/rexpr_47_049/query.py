from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.weekofyear(F.greatest(F.make_date(lit(2023), lit(2), F.least(F.dayofmonth(col("dt")), lit(28))), F.date_add(F.to_date(lit("2000-01-01")), col("i")), col("dt"))).alias("c1"), (col("id") * (col("i") * lit(float("nan")))).alias("c2"), expr("to_date(date_format(CAST(ts AS DATE), 'dd/MM/yyyy'), 'dd/MM/yyyy')").alias("c3"))
OUTPUT_MODE = "append"
