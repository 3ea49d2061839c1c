spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, i INT, s STRING, b BOOLEAN, t STRING, dt DATE").json(INPUT)
result = df.filter((col("dt") > F.to_date(lit("2023-12-31")))).withColumn("c1", expr("(dayofmonth(dt) - CASE WHEN (m IS NOT NULL) THEN m WHEN (dt IS NOT NULL) THEN m END)")).withColumn("c2", expr("to_date(t)")).withColumn("c3", (col("ts") - expr("INTERVAL 1 MONTH"))).withColumn("c4", F.coalesce(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).drop("m", "d", "ts", "i", "b", "dt").where((F.isnan(lit(0.001)) | col("s").isNotNull()))
OUTPUT_MODE = "append"
