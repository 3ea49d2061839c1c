from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("dt", F.when(col("f").isNotNull(), F.last_day(col("dt"))).otherwise(F.date_add(F.date_sub(col("dt"), col("i")), col("i")))).withColumn("c2", expr("((i * 2) * 2)")).withColumn("c3", F.to_date((col("ts") + expr("INTERVAL 1 DAY")))).withColumn("c4", col("dt").cast("timestamp")).select("id", "c2", "c3", "c4").filter((F.format_number(lit(1000).cast("bigint"), 0).ilike("% %") | (col("i") == lit(-1))))
OUTPUT_MODE = "append"
