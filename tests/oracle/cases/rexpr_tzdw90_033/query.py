spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(col("ts").isNotNull(), lit(True))).select("id", expr("format_number(coalesce(n, CAST(NULL AS DECIMAL(10,2))), 0) AS c1"), F.to_timestamp(F.date_format(F.coalesce(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c2"), F.bround(F.bround(col("d"), 0), 2).alias("c3"), F.make_date(F.year(col("dt")), lit(2), lit(28)).alias("c4"), expr("add_months(date_add(to_date('2023-12-31'), i), octet_length('é'))"))
OUTPUT_MODE = "append"
