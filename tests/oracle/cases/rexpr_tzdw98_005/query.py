spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("dateadd(CASE nvl((dt > DATE'2000-01-01'), true) WHEN true THEN dt WHEN true THEN add_months(dt, i) END, i) AS c1"), expr("(id DIV i) AS c2"), expr("least(m, m)").alias("c3"), (col("m") * col("m")).alias("c4"), F.coalesce((col("id") + col("id")), lit(0).cast("bigint")).alias("c5"))
OUTPUT_MODE = "append"
