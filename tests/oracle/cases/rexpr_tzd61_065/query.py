spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, m DECIMAL(38,10), f FLOAT, i INT, s STRING").json(INPUT)
result = df.select(expr("(s LIKE '%')").alias("c1"), expr("round(d, 3) AS c2"))
OUTPUT_MODE = "append"
