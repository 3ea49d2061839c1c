from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, s STRING, dt DATE, i INT, d DOUBLE, j INT, m DECIMAL(38,10), f FLOAT").json(INPUT)
result = df.filter(F.coalesce(F.when((col("i") != lit(3)), (col("dt") == F.to_date(lit("2023-12-31")))).when((col("m") <= lit(.5).cast("decimal(2,1)")), lit(True)).otherwise((col("s") != lit(" "))), lit(True))).select(expr("CAST(date_add(CAST(ts AS DATE), CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN i WHEN (ts > TIMESTAMP'1999-12-31 23:59:59.999') THEN i END) AS STRING)").alias("c1"), expr("trunc(date_add(dt, i), 'Q')").alias("c2"))
OUTPUT_MODE = "append"
