from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(m IS NOT NULL)").withColumn("c1", expr("nullif(date_sub(date_add(dt, i), (i * -1)), to_date('2000-01-01'))")).withColumn("c2", expr("((s <= 'é') >= (d IS NOT NULL))")).withColumn("c3", expr("abs(nullif(nullif((d + m), 0.5D), 2.0D))")).withColumn("c4", F.to_date(F.date_format((F.add_months(F.last_day(F.to_date(lit("2000-01-01"))), lit(-1)) - expr("INTERVAL 1 DAY")), "yyyy-MM-dd"), "yyyy-MM-dd")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
