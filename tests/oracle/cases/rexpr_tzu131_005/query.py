spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("array_sort(array(ascii(char(i)), i, NULL, -1))")).withColumn("c2", F.when(F.is_valid_utf8(expr("schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>')")), F.coalesce(col("i"), col("i"), lit(3))).otherwise(F.month((col("ts") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))))).withColumn("c3", expr("array_insert(array(i, i), 2, 9)")).withColumn("c4", expr("nanvl(power(-2, unix_date(make_date(2024, 1, 1)) + (i + i) % 7), -1.0D)")).withColumn("c5", expr("from_json('{\"k\": ' || map_values(map('x', power(0.0D, 5 % 3 - 1)))[0] || '}', 'MAP<STRING, DOUBLE>')")).select("id", "c1", "c2", "c3", "c4", "c5").filter((col("dt") < F.to_date(lit("2000-01-01"))))
OUTPUT_MODE = "append"
