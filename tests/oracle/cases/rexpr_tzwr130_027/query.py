spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.raise_error(F.concat(lit("bad "), col("s")))).withColumn("c2", expr("zip_with(array((i + 10), 2, 3), array(regexp_instr(s, '([a-z])([a-z])', 2), 5), (x, y) -> x * 10 + y)")).withColumn("c3", expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).withColumn("c4", expr("sequence(date_add(add_months(dt, i), i), date_add(date_add(add_months(dt, i), i), 3), INTERVAL 1 DAY)[1]"))
OUTPUT_MODE = "append"
