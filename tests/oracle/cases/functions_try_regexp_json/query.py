df = spark.readStream.format("json").schema("s STRING, j STRING, i INT, k INT, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.try_add("i", F.lit(1)), F.try_subtract("i", F.lit(1)), F.try_multiply("i", F.lit(2)),
                   F.try_divide("i", "k"), F.try_mod("i", "k"), F.try_add("x", "k"), F.typeof("i"), F.typeof("s"), F.typeof("x"),
                   F.regexp_count("s", F.lit("[0-9]")), F.regexp_substr("s", F.lit("[0-9]+")), F.regexp_extract_all("s", F.lit("([a-z])([0-9]+)")),
                   F.regexp_extract_all("s", F.lit("([a-z])([0-9]+)"), F.lit(2)), F.get_json_object("j", "$.a.b[1]"),
                   F.get_json_object("j", "$.a"), F.get_json_object("j", "$.c"), F.get_json_object("j", "$.n"),
                   F.get_json_object("j", "$['c']"), F.get_json_object("j", "$[0]"),
                   F.expr("typeof(array(1, 2))").alias("t1"), F.expr("try_divide(x, 0)").alias("td"))
OUTPUT_MODE = "append"
