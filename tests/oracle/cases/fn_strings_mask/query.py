df = spark.readStream.format("json").schema("s STRING, n INT, t STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.char("n"), F.elt("n", "s", "t"), F.overlay("s", "t", 2), F.overlay("s", "t", F.lit(3), F.lit(0)),
                   F.mask("s"), F.mask("s", F.lit("U"), F.lit(None), F.lit("#"), F.lit("*")), F.quote("s"),
                   F.regexp_instr("s", F.lit("[0-9]+")), F.regexp_instr("s", F.lit("(a)(b)?"), F.lit(2)),
                   F.like("s", F.lit("%b%")), F.ilike("s", F.lit("A%")), F.expr("chr(n + 256)").alias("c2"),
                   F.expr("s like '_b%'").alias("l2"))
OUTPUT_MODE = "append"
