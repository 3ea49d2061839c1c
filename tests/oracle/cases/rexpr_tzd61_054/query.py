spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((~(lit(-3.10).cast("decimal(3,2)") >= col("id"))) | col("id").isNotNull())).select("id", "d", expr("(id - id)").alias("c1"), (lit(3) * col("i")).alias("c2"), F.when(col("s").isNull(), col("dt")).when(col("b"), col("dt")).otherwise(F.least(F.next_day(col("dt"), "SUN"), F.nullif(F.to_date(lit("2000-01-01")), F.to_date(lit("2023-12-31"))))).alias("c3")).filter((col("c3") > F.to_date(lit("2000-01-01"))))
OUTPUT_MODE = "append"
