spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("(((dt <= date_add(dt, i)) AND (NOT (d <> 3.75D))) IS NULL)").alias("c1"), (F.ifnull(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) - expr("INTERVAL -3 DAYS")).cast("string").alias("c2"), expr("(id - id)").alias("c3"), expr("nvl2(least(86400L, -2L), least(dt, dt, DATE'2025-03-01'), to_date('2024-02-29'))").alias("c4"), (col("i") % lit(3)).isin(2, 2))
OUTPUT_MODE = "append"
