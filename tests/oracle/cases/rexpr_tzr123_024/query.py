spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nanvl(xpath_double('<a><b>' || i || '</b><b>2.5</b></a>', 'sum(a/b)'), -1.0D)")).withColumn("c2", F.coalesce(expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]"), col("dt"), F.to_date(lit("2024-02-29")))).withColumn("c3", expr("greatest(trunc(dt, 'YEAR'), to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd'), dt)")).withColumn("c4", (col("ts") - expr("INTERVAL 1 MONTH"))).drop("i", "j", "m", "s", "dt", "ts").filter(F.coalesce((col("m") < lit(.5).cast("decimal(2,1)")), lit(True)))
OUTPUT_MODE = "append"
