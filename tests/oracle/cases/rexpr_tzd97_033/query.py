spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, b BOOLEAN, d DOUBLE, dt DATE, s STRING, i INT, m DECIMAL(12,4), ts TIMESTAMP").load(INPUT)
result = df.where("coalesce(exists(split(format_string('%d%%', id), ' '), x -> x = 'b'), true)").withColumn("c1", expr("sqrt(pmod(m, nullif((i * m), 0)))")).withColumn("c2", F.hex(F.find_in_set(lit("x-y"), col("s")))).withColumn("c3", expr("make_date(year(dt), 2, 30)")).filter("(c2 < ' ')")
OUTPUT_MODE = "append"
