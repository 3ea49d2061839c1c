spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, t STRING, b BOOLEAN, i INT, dt DATE, ts TIMESTAMP, s STRING, m DECIMAL(10,2), n DECIMAL(5,3)").json(INPUT)
result = df.withColumn("c1", expr("next_day(date_add(add_months(dt, -1), i), 'SUN')")).withColumn("c2", expr("TRY_CAST(rpad('', 3, 'ab') AS BOOLEAN)")).withColumn("c3", F.least(col("s"), col("id").cast("string"))).withColumn("c4", expr("isnull(id)")).withColumn("c5", expr("((c3 <> ' ') AND c2)")).drop("t", "b", "i", "dt", "s", "n").where("(((d > 0.1D) AND (c3 IS NOT NULL)) OR (c3 > 'x-y'))")
OUTPUT_MODE = "append"
