spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), dt DATE, b BOOLEAN, j INT, i INT, s STRING, d DOUBLE, ts TIMESTAMP, n DECIMAL(4,1)").json(INPUT)
result = df.withColumn("c1", expr("transform_values(map('a', size(sequence(1, abs(i) % 5 + 1)), 'b', xpath_short('<a><b>7</b><b>' || 5 || '</b></a>', 'sum(a/b)')), (k, v) -> concat(k, CAST(v AS STRING)))")).withColumn("c2", F.array_intersect(F.array((-F.json_array_length(F.to_json(F.array(col("i"), lit(3))))), F.array_position(F.array(F.sha1(col("s")), lit('a'), expr("to_char(1, 'S9999')")), 'a'), lit(None), lit(1)), F.array(lit(1), lit(None), (-F.json_array_length(F.to_json(F.array(col("i"), lit(3)))))))).withColumn("c3", expr("(s COLLATE UTF8_BINARY = 'Hello World')")).withColumn("c4", expr("(i - i)")).select("id", "c1", "c2", "c3", "c4").where("(NOT coalesce((b <= (dt > to_date('2024-02-29'))), false))")
OUTPUT_MODE = "append"
